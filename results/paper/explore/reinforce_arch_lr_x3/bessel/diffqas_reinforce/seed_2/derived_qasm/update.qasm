// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.214974891757) q[0];
ry(pi*0.417985568817) q[1];
ry(pi*0.268965810626) q[2];
ry(pi*0.075399663017) q[3];
ry(pi*0.444507041583) q[4];
ry(pi*-0.023484690026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016858863436) q[0];
ry(pi*0.515230235344) q[1];
ry(pi*-0.13457016098) q[2];
ry(pi*0.056854399787) q[3];
ry(pi*-0.451504304769) q[4];
ry(pi*0.049359927289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102380817) q[0];
ry(pi*-0.074708879503) q[1];
ry(pi*-0.027364737881) q[2];
ry(pi*-0.196307282763) q[3];
ry(pi*0.017362029006) q[4];
ry(pi*-0.516046025549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032935361905) q[0];
ry(pi*0.427200328809) q[1];
ry(pi*0.02354982584) q[2];
ry(pi*-0.159257206202) q[3];
ry(pi*-0.295664280154) q[4];
ry(pi*-0.067431526386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005095670338) q[0];
ry(pi*0.703438298762) q[1];
ry(pi*0.227423366865) q[2];
ry(pi*0.473373887472) q[3];
ry(pi*-0.478092258042) q[4];
ry(pi*0.000705881226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
