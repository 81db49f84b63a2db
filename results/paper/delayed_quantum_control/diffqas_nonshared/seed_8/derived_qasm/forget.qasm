// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062351525759) q[0];
ry(pi*0.414671257468) q[1];
ry(pi*-0.079486013416) q[2];
ry(pi*-0.004471763981) q[3];
ry(pi*0.002588852471) q[4];
ry(pi*0.615981027698) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018204520982) q[0];
ry(pi*-0.130631418558) q[1];
ry(pi*-0.091984320446) q[2];
ry(pi*0.098656219982) q[3];
ry(pi*0.000772278135) q[4];
ry(pi*0.000125477666) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022245919012) q[0];
ry(pi*0.731028240786) q[1];
ry(pi*-0.003691101225) q[2];
ry(pi*-0.001245168684) q[3];
ry(pi*-0.005370285445) q[4];
ry(pi*-0.077849210756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.439331048339) q[0];
ry(pi*-0.523166345977) q[1];
ry(pi*-0.20733726039) q[2];
ry(pi*-0.03676985145) q[3];
ry(pi*-0.002241774807) q[4];
ry(pi*-0.002284891859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.320357235388) q[0];
ry(pi*0.127170931674) q[1];
ry(pi*-0.362796274286) q[2];
ry(pi*-0.492953649257) q[3];
ry(pi*-0.495559442316) q[4];
ry(pi*0.002631103594) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
