// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022749266008) q[0];
ry(pi*-0.461928843044) q[1];
ry(pi*-0.241812697144) q[2];
ry(pi*-0.188375346135) q[3];
ry(pi*-0.017114202232) q[4];
ry(pi*0.145753628135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010014428104) q[0];
ry(pi*0.006023638693) q[1];
ry(pi*-0.011804716735) q[2];
ry(pi*0.058390803409) q[3];
ry(pi*0.0110262981) q[4];
ry(pi*0.042851141208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013939845728) q[0];
ry(pi*-0.035046611323) q[1];
ry(pi*-0.002870919718) q[2];
ry(pi*0.000557677831) q[3];
ry(pi*-0.035748797459) q[4];
ry(pi*-0.019471069284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.039371605685) q[0];
ry(pi*0.010081944999) q[1];
ry(pi*-0.089864315105) q[2];
ry(pi*-0.138783799542) q[3];
ry(pi*-0.244590098707) q[4];
ry(pi*-0.058290181442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.133841787709) q[0];
ry(pi*-0.041863429449) q[1];
ry(pi*-0.182006839807) q[2];
ry(pi*-0.284471611216) q[3];
ry(pi*-0.337937345456) q[4];
ry(pi*-0.005457782422) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
