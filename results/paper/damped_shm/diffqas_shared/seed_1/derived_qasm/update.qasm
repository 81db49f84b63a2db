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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.153030767809) q[0];
ry(pi*0.338308300619) q[1];
ry(pi*0.000521468638) q[2];
ry(pi*0.0032975261) q[3];
ry(pi*0.49826552532) q[4];
ry(pi*-0.002813627356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.132986809293) q[0];
ry(pi*-0.180365241786) q[1];
ry(pi*-0.502750758766) q[2];
ry(pi*-0.001329672116) q[3];
ry(pi*0.00323488283) q[4];
ry(pi*-0.217226292862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013486164642) q[0];
ry(pi*0.0020293872) q[1];
ry(pi*-0.022092040542) q[2];
ry(pi*0.009893198768) q[3];
ry(pi*0.004521722487) q[4];
ry(pi*-0.16303192922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000630433649) q[0];
ry(pi*-0.001599012948) q[1];
ry(pi*0.001489700128) q[2];
ry(pi*-0.000324013472) q[3];
ry(pi*-0.002022887107) q[4];
ry(pi*-0.001146257895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003578310612) q[0];
ry(pi*-0.002031190945) q[1];
ry(pi*0.009471417393) q[2];
ry(pi*0.011375486778) q[3];
ry(pi*-0.007796140373) q[4];
ry(pi*0.001490810479) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
