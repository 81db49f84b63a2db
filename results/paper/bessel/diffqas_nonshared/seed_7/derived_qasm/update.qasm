// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.289725942935) q[0];
ry(pi*-0.001719240138) q[1];
ry(pi*0.00736582304) q[2];
ry(pi*0.196764488037) q[3];
ry(pi*0.490619811563) q[4];
ry(pi*-0.488486667594) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005682781422) q[0];
ry(pi*0.438359719548) q[1];
ry(pi*-0.007649512457) q[2];
ry(pi*0.028572803874) q[3];
ry(pi*0.501328220089) q[4];
ry(pi*-0.015702971313) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006405807935) q[0];
ry(pi*0.007332929038) q[1];
ry(pi*-0.004561919513) q[2];
ry(pi*-0.014967242546) q[3];
ry(pi*0.00732237189) q[4];
ry(pi*0.248489529595) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055345435502) q[0];
ry(pi*0.340234831365) q[1];
ry(pi*-0.00140167903) q[2];
ry(pi*0.008958572758) q[3];
ry(pi*-0.009638725011) q[4];
ry(pi*0.010285070793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.062143731483) q[0];
ry(pi*0.006744179183) q[1];
ry(pi*-0.015337783865) q[2];
ry(pi*0.004479848743) q[3];
ry(pi*-0.033590611834) q[4];
ry(pi*-0.001220576668) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
