// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000349388077) q[0];
rz(pi*-0.003619796896) q[1];
rz(pi*-0.000157774831) q[2];
rz(pi*-0.002255916471) q[3];
rz(pi*-0.003981856508) q[4];
rz(pi*-0.004595894665) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00431695466) q[0];
rz(pi*0.001730312218) q[1];
rz(pi*-0.001416976252) q[2];
rz(pi*0.001916384032) q[3];
rz(pi*-0.004536692874) q[4];
rz(pi*-0.001694451057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003874576589) q[0];
rz(pi*-0.002755692292) q[1];
rz(pi*0.005207806392) q[2];
rz(pi*-0.002029922883) q[3];
rz(pi*0.000257530259) q[4];
rz(pi*-0.000389112305) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002165658812) q[0];
rz(pi*-0.002881109566) q[1];
rz(pi*-0.001591470985) q[2];
rz(pi*0.00092968613) q[3];
rz(pi*0.000521571358) q[4];
rz(pi*0.002546423182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003544318266) q[0];
rz(pi*0.003264994953) q[1];
rz(pi*0.00515369908) q[2];
rz(pi*-0.004777886893) q[3];
rz(pi*0.002527097066) q[4];
rz(pi*0.001642373829) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
