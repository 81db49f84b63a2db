// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078281481096) q[0];
rx(pi*-0.003335479303) q[1];
rx(pi*-0.000994766137) q[2];
rx(pi*-0.000438575814) q[3];
rx(pi*-0.000895799542) q[4];
rx(pi*0.006138874419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085156759001) q[0];
rx(pi*0.000423075042) q[1];
rx(pi*0.003744816038) q[2];
rx(pi*0.000937857158) q[3];
rx(pi*-0.001923514376) q[4];
rx(pi*-0.005297878326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.084564135741) q[0];
rx(pi*-0.003659784037) q[1];
rx(pi*0.00399054573) q[2];
rx(pi*-0.00368964566) q[3];
rx(pi*-0.007424888168) q[4];
rx(pi*-0.000173942948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086909651161) q[0];
rx(pi*-0.001326645518) q[1];
rx(pi*6.041226e-06) q[2];
rx(pi*-0.000557912693) q[3];
rx(pi*0.005326548519) q[4];
rx(pi*0.000664710882) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082828480323) q[0];
rx(pi*-0.002647653759) q[1];
rx(pi*-0.005615255635) q[2];
rx(pi*0.003277924287) q[3];
rx(pi*0.003465941549) q[4];
rx(pi*-0.003395464313) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
