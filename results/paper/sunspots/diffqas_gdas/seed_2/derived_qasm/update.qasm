// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.183654774726) q[0];
ry(pi*0.212139224886) q[1];
ry(pi*-0.045500059323) q[2];
ry(pi*-0.075559527389) q[3];
ry(pi*-0.053998261322) q[4];
ry(pi*-0.163061261087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019744511639) q[0];
ry(pi*-0.277481045409) q[1];
ry(pi*0.039709349053) q[2];
ry(pi*0.239207435322) q[3];
ry(pi*0.197691762108) q[4];
ry(pi*-0.365029480526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.262727172756) q[0];
ry(pi*0.1935374703) q[1];
ry(pi*0.181286767114) q[2];
ry(pi*0.021886243148) q[3];
ry(pi*0.015479039529) q[4];
ry(pi*0.222596927525) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015745057611) q[0];
ry(pi*-0.092511781804) q[1];
ry(pi*0.216580137994) q[2];
ry(pi*0.074783954666) q[3];
ry(pi*0.407279285239) q[4];
ry(pi*0.572426429181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.145417696665) q[0];
ry(pi*-0.047707676069) q[1];
ry(pi*0.339964242037) q[2];
ry(pi*0.012022431387) q[3];
ry(pi*-0.120438357291) q[4];
ry(pi*0.000159849994) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
