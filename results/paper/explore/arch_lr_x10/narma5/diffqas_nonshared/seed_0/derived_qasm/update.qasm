// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.001813403367) q[0];
rz(pi*-0.00413241119) q[1];
rz(pi*0.000371908099) q[2];
rz(pi*-0.003795377521) q[3];
rz(pi*-6.3309326e-05) q[4];
rz(pi*-0.005091970652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001884102198) q[0];
rz(pi*0.002099616011) q[1];
rz(pi*0.000680905827) q[2];
rz(pi*0.000544497293) q[3];
rz(pi*-0.002732555619) q[4];
rz(pi*-0.006991779469) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002842626311) q[0];
rz(pi*-0.001626351788) q[1];
rz(pi*0.00470859249) q[2];
rz(pi*0.001812770003) q[3];
rz(pi*0.001007292079) q[4];
rz(pi*-0.001852177141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002321300562) q[0];
rz(pi*0.002039218788) q[1];
rz(pi*-0.001184317746) q[2];
rz(pi*-0.001072359858) q[3];
rz(pi*0.006104716951) q[4];
rz(pi*-0.00312520019) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000896329001) q[0];
rz(pi*-0.000794816574) q[1];
rz(pi*-0.002073255453) q[2];
rz(pi*-0.004493161979) q[3];
rz(pi*0.004050020255) q[4];
rz(pi*-0.004495956309) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
