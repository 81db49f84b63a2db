// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.001033274886) q[0];
rz(pi*0.001264122903) q[1];
rz(pi*-0.004664022541) q[2];
rz(pi*0.00759761962) q[3];
rz(pi*0.000603520436) q[4];
rz(pi*-0.00162125805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002845677366) q[0];
rz(pi*-0.000826045717) q[1];
rz(pi*0.000101273414) q[2];
rz(pi*0.001894452721) q[3];
rz(pi*1.7890466e-05) q[4];
rz(pi*0.001540460825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005124635202) q[0];
rz(pi*-0.002394913637) q[1];
rz(pi*-0.003203972667) q[2];
rz(pi*0.000523897372) q[3];
rz(pi*0.001457858225) q[4];
rz(pi*-0.004666701256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00053454327) q[0];
rz(pi*0.002309216107) q[1];
rz(pi*0.002912783679) q[2];
rz(pi*-0.003550396956) q[3];
rz(pi*0.00179183654) q[4];
rz(pi*0.001077094448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00138758969) q[0];
rz(pi*0.006248498362) q[1];
rz(pi*-0.003560991457) q[2];
rz(pi*-0.000882907708) q[3];
rz(pi*0.001447664079) q[4];
rz(pi*0.000773861471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
