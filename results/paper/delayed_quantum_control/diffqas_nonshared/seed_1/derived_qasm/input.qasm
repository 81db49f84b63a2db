// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.000250486571) q[0];
rz(pi*0.006560037994) q[1];
rz(pi*0.002882404159) q[2];
rz(pi*0.000966181618) q[3];
rz(pi*0.00208338023) q[4];
rz(pi*-0.003032607549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005835657302) q[0];
rz(pi*-0.000900400582) q[1];
rz(pi*-0.006963143664) q[2];
rz(pi*0.002501656983) q[3];
rz(pi*0.002845850493) q[4];
rz(pi*-0.00418045997) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002769621253) q[0];
rz(pi*-0.005166057453) q[1];
rz(pi*-0.000523674294) q[2];
rz(pi*0.004285899533) q[3];
rz(pi*-0.000511514542) q[4];
rz(pi*0.004362956755) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002067433488) q[0];
rz(pi*0.004764278097) q[1];
rz(pi*-0.00270501638) q[2];
rz(pi*0.00294040711) q[3];
rz(pi*-0.00214371505) q[4];
rz(pi*-0.000948580541) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001168670269) q[0];
rz(pi*0.007602834161) q[1];
rz(pi*0.000649462574) q[2];
rz(pi*-0.007153442695) q[3];
rz(pi*-0.003089431521) q[4];
rz(pi*0.001514534714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
