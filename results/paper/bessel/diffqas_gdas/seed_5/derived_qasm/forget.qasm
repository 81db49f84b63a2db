// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006096900772) q[0];
rz(pi*0.002621000902) q[1];
rz(pi*0.001136361236) q[2];
rz(pi*-0.003691224251) q[3];
rz(pi*-0.00546550848) q[4];
rz(pi*-0.00141263342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001018702482) q[0];
rz(pi*0.001364321245) q[1];
rz(pi*0.00054240866) q[2];
rz(pi*0.002642247415) q[3];
rz(pi*0.002417008587) q[4];
rz(pi*-0.0042175093) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00103618535) q[0];
rz(pi*-0.001446925328) q[1];
rz(pi*0.003446279557) q[2];
rz(pi*-0.001390435305) q[3];
rz(pi*0.003376586429) q[4];
rz(pi*0.00046813228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007641501807) q[0];
rz(pi*1.8818555e-05) q[1];
rz(pi*0.000190115677) q[2];
rz(pi*-0.000180029809) q[3];
rz(pi*0.000643735324) q[4];
rz(pi*0.00790442733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001429995115) q[0];
rz(pi*-0.002603203576) q[1];
rz(pi*-0.000461499155) q[2];
rz(pi*0.002303422304) q[3];
rz(pi*-0.002982352298) q[4];
rz(pi*0.002693249422) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
