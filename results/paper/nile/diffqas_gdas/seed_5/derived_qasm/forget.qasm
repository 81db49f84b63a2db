// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.003588982782) q[0];
rz(pi*-0.002518664273) q[1];
rz(pi*0.001619519524) q[2];
rz(pi*0.000552369167) q[3];
rz(pi*0.000169953019) q[4];
rz(pi*0.005538957323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001204889244) q[0];
rz(pi*-0.000944963861) q[1];
rz(pi*0.004300856877) q[2];
rz(pi*-0.00326376202) q[3];
rz(pi*-0.004910139989) q[4];
rz(pi*0.004447890928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001363908736) q[0];
rz(pi*0.00220891638) q[1];
rz(pi*0.002331348114) q[2];
rz(pi*0.003184772839) q[3];
rz(pi*-0.001188620039) q[4];
rz(pi*7.8862848e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003216751702) q[0];
rz(pi*0.000773249155) q[1];
rz(pi*0.001074234677) q[2];
rz(pi*-0.001102513632) q[3];
rz(pi*0.002471976046) q[4];
rz(pi*0.009755089616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003309001648) q[0];
rz(pi*0.003007973808) q[1];
rz(pi*0.003377040886) q[2];
rz(pi*0.003777049847) q[3];
rz(pi*-0.002169237991) q[4];
rz(pi*0.004206212511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
