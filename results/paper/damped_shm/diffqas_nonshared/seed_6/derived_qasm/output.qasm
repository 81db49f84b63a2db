// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.080174449052) q[0];
ry(pi*7.8294369e-05) q[1];
ry(pi*-0.008062393835) q[2];
ry(pi*-0.000674694698) q[3];
ry(pi*-0.490244682395) q[4];
ry(pi*0.478833181785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001434294221) q[0];
ry(pi*0.015982604712) q[1];
ry(pi*-0.157351099618) q[2];
ry(pi*0.001562124591) q[3];
ry(pi*0.000629295433) q[4];
ry(pi*-0.000778880355) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03398533985) q[0];
ry(pi*-0.006675040119) q[1];
ry(pi*-0.497212803441) q[2];
ry(pi*-0.001330077659) q[3];
ry(pi*-0.484983387678) q[4];
ry(pi*-0.001119117009) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.492832033944) q[0];
ry(pi*0.023974438305) q[1];
ry(pi*-0.007086069282) q[2];
ry(pi*-0.109561556143) q[3];
ry(pi*-0.014042321095) q[4];
ry(pi*-0.033014746253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034203431585) q[0];
ry(pi*-0.071915545576) q[1];
ry(pi*-0.46980427883) q[2];
ry(pi*-0.482151097956) q[3];
ry(pi*-0.003493503912) q[4];
ry(pi*-0.002145893359) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
