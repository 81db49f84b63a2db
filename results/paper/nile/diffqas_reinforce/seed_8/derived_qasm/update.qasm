// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.003888660889) q[0];
ry(pi*0.286726977625) q[1];
ry(pi*0.04511225636) q[2];
ry(pi*-0.001315427585) q[3];
ry(pi*0.004445842761) q[4];
ry(pi*-0.01426771971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000252720001) q[0];
ry(pi*0.004415087047) q[1];
ry(pi*0.073455976164) q[2];
ry(pi*-0.494634938266) q[3];
ry(pi*0.029124521891) q[4];
ry(pi*-0.352869201455) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037475561773) q[0];
ry(pi*0.365644159606) q[1];
ry(pi*-0.00655999412) q[2];
ry(pi*-0.000151318446) q[3];
ry(pi*0.080245397642) q[4];
ry(pi*0.09776860844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019169068201) q[0];
ry(pi*-0.062899079257) q[1];
ry(pi*0.118654501607) q[2];
ry(pi*-0.076269971413) q[3];
ry(pi*-0.498741551559) q[4];
ry(pi*-0.319341548312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013393214779) q[0];
ry(pi*0.103263239495) q[1];
ry(pi*-0.320262371649) q[2];
ry(pi*0.045288299743) q[3];
ry(pi*0.061314223981) q[4];
ry(pi*-0.003371213881) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
