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
ry(pi*0.066277561183) q[0];
ry(pi*-0.00549220788) q[1];
ry(pi*-0.001495743986) q[2];
ry(pi*0.017316982959) q[3];
ry(pi*-0.069806995032) q[4];
ry(pi*0.004233963712) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003503248789) q[0];
ry(pi*-0.150731043116) q[1];
ry(pi*-0.433610309563) q[2];
ry(pi*-0.001594117535) q[3];
ry(pi*-0.000486708267) q[4];
ry(pi*-0.027057315335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002360522419) q[0];
ry(pi*0.179889822674) q[1];
ry(pi*0.151413416959) q[2];
ry(pi*0.000272204272) q[3];
ry(pi*-0.065267912184) q[4];
ry(pi*0.022672049297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026536743455) q[0];
ry(pi*-0.229733981916) q[1];
ry(pi*0.112101333526) q[2];
ry(pi*0.488238352272) q[3];
ry(pi*0.492967992654) q[4];
ry(pi*0.075843781838) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032470418122) q[0];
ry(pi*0.000577397112) q[1];
ry(pi*-0.056527295388) q[2];
ry(pi*-0.016309149416) q[3];
ry(pi*-0.016881774215) q[4];
ry(pi*0.005024323913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
