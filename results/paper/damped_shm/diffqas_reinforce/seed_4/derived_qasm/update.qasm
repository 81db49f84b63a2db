// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.000921744108) q[0];
ry(pi*0.067566678754) q[1];
ry(pi*0.217253310055) q[2];
ry(pi*0.017823094048) q[3];
ry(pi*0.005337123454) q[4];
ry(pi*-0.020934496604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035761091799) q[0];
ry(pi*0.298910042966) q[1];
ry(pi*-0.094399323554) q[2];
ry(pi*0.179571535859) q[3];
ry(pi*-0.018927939993) q[4];
ry(pi*0.013199318041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00161687164) q[0];
ry(pi*0.095836291006) q[1];
ry(pi*-0.097542045373) q[2];
ry(pi*0.054243128347) q[3];
ry(pi*0.032815994863) q[4];
ry(pi*0.510183863912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023462783617) q[0];
ry(pi*0.30114030843) q[1];
ry(pi*0.45077438522) q[2];
ry(pi*0.000748293025) q[3];
ry(pi*-0.44790468124) q[4];
ry(pi*0.357191914344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.223884930447) q[0];
ry(pi*0.028866926524) q[1];
ry(pi*0.041943119733) q[2];
ry(pi*9.2497036e-05) q[3];
ry(pi*0.020111736285) q[4];
ry(pi*-0.004707302047) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
