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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.034526452101) q[0];
ry(pi*-0.121763499367) q[1];
ry(pi*0.023257095316) q[2];
ry(pi*0.007356874425) q[3];
ry(pi*-0.102116327411) q[4];
ry(pi*-0.055364740273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045828999336) q[0];
ry(pi*0.174721816957) q[1];
ry(pi*0.098019826592) q[2];
ry(pi*0.430268715402) q[3];
ry(pi*0.050973493076) q[4];
ry(pi*0.076010457427) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065661601442) q[0];
ry(pi*-0.018662414018) q[1];
ry(pi*0.089259558772) q[2];
ry(pi*0.072918999972) q[3];
ry(pi*0.083201645811) q[4];
ry(pi*-0.078114857683) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.190394919236) q[0];
ry(pi*-0.031788670379) q[1];
ry(pi*0.082995203343) q[2];
ry(pi*-0.03285047546) q[3];
ry(pi*0.099475814223) q[4];
ry(pi*-0.006651098883) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032463644851) q[0];
ry(pi*-0.032062463729) q[1];
ry(pi*0.119786785703) q[2];
ry(pi*-0.011607863806) q[3];
ry(pi*0.023112233644) q[4];
ry(pi*-0.004144605924) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
