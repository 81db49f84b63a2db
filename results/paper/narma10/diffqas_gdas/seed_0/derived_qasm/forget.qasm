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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113280546714) q[0];
ry(pi*-0.025931218726) q[1];
ry(pi*-0.015755886306) q[2];
ry(pi*0.018294304767) q[3];
ry(pi*0.010278303451) q[4];
ry(pi*0.001872405648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115013536461) q[0];
ry(pi*0.040547418008) q[1];
ry(pi*-0.00741946967) q[2];
ry(pi*0.040784041374) q[3];
ry(pi*-0.023942298471) q[4];
ry(pi*-0.003438052203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.105129721495) q[0];
ry(pi*-0.004538655664) q[1];
ry(pi*-0.050173801247) q[2];
ry(pi*-0.008147608745) q[3];
ry(pi*0.033782236586) q[4];
ry(pi*-0.001495367347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.103041884448) q[0];
ry(pi*0.014342641905) q[1];
ry(pi*-0.021807793207) q[2];
ry(pi*-0.045435713249) q[3];
ry(pi*-0.044764035292) q[4];
ry(pi*-0.000985393155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106344641394) q[0];
ry(pi*0.026200833329) q[1];
ry(pi*0.019394015027) q[2];
ry(pi*0.018930050712) q[3];
ry(pi*-0.011819353024) q[4];
ry(pi*-0.003635985986) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
