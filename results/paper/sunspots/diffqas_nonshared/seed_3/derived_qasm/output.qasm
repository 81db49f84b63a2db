// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.001009503071) q[0];
ry(pi*-0.276560222073) q[1];
ry(pi*0.010077740163) q[2];
ry(pi*0.001005487741) q[3];
ry(pi*-9.6252455e-05) q[4];
ry(pi*-0.000691553689) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004051397854) q[0];
ry(pi*-0.501327423233) q[1];
ry(pi*0.496332392057) q[2];
ry(pi*-0.001439503278) q[3];
ry(pi*0.006864723128) q[4];
ry(pi*0.500245938669) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.422074537455) q[0];
ry(pi*0.501360853215) q[1];
ry(pi*-0.471049991498) q[2];
ry(pi*0.000609975988) q[3];
ry(pi*0.430666953376) q[4];
ry(pi*0.002116774786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001385525217) q[0];
ry(pi*0.497776369938) q[1];
ry(pi*-2.2295054e-05) q[2];
ry(pi*0.504527442751) q[3];
ry(pi*-0.001438524699) q[4];
ry(pi*-0.025814882581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.9748164e-05) q[0];
ry(pi*0.066622575856) q[1];
ry(pi*-0.002571760397) q[2];
ry(pi*0.496179547602) q[3];
ry(pi*-0.502039394563) q[4];
ry(pi*-0.002335208623) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
