// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.061343797752) q[0];
rx(pi*0.112008072985) q[1];
rx(pi*0.00200408126) q[2];
rx(pi*-0.077476894299) q[3];
rx(pi*0.029581999898) q[4];
rx(pi*0.003787980521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.234940027992) q[0];
rx(pi*0.017980484848) q[1];
rx(pi*0.055601278261) q[2];
rx(pi*-0.053641142036) q[3];
rx(pi*0.038305368096) q[4];
rx(pi*-0.005344014712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.048674100405) q[0];
rx(pi*0.149212881791) q[1];
rx(pi*0.027910522171) q[2];
rx(pi*-0.076878394229) q[3];
rx(pi*0.031103844308) q[4];
rx(pi*0.003242329634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.264970339689) q[0];
rx(pi*0.11512014433) q[1];
rx(pi*0.04885473045) q[2];
rx(pi*-0.048000942574) q[3];
rx(pi*0.031540587473) q[4];
rx(pi*0.00315233537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012402366588) q[0];
rx(pi*0.105676743757) q[1];
rx(pi*0.004039674771) q[2];
rx(pi*-0.073688420782) q[3];
rx(pi*0.031303051044) q[4];
rx(pi*-0.002392812701) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
