// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.016705293273) q[0];
ry(pi*0.097812255246) q[1];
ry(pi*-0.448426773311) q[2];
ry(pi*0.008346996315) q[3];
ry(pi*3.80465e-07) q[4];
ry(pi*-0.018323980516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.4922423e-05) q[0];
ry(pi*0.521930385301) q[1];
ry(pi*-0.502420367337) q[2];
ry(pi*0.499041586591) q[3];
ry(pi*-2.4826257e-05) q[4];
ry(pi*5.97477e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.565474548807) q[0];
ry(pi*-0.000141595923) q[1];
ry(pi*8.93923e-07) q[2];
ry(pi*-1.516766e-06) q[3];
ry(pi*0.17819807968) q[4];
ry(pi*0.500025247668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.981236e-06) q[0];
ry(pi*1.29245e-07) q[1];
ry(pi*-0.05074062157) q[2];
ry(pi*-1.746971e-06) q[3];
ry(pi*0.489814456368) q[4];
ry(pi*0.037861189985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000255052482) q[0];
ry(pi*0.000192117932) q[1];
ry(pi*-0.231521594204) q[2];
ry(pi*-0.012053790967) q[3];
ry(pi*0.17612471884) q[4];
ry(pi*0.003096471893) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
