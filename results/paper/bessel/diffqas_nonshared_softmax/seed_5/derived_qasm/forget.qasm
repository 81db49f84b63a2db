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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.221429762032) q[0];
ry(pi*0.093696174552) q[1];
ry(pi*-0.039923281013) q[2];
ry(pi*0.110051764511) q[3];
ry(pi*-0.025050183613) q[4];
ry(pi*-0.013202280161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.226346075278) q[0];
ry(pi*-0.44312423184) q[1];
ry(pi*0.201181059109) q[2];
ry(pi*0.023171153512) q[3];
ry(pi*0.214579841204) q[4];
ry(pi*-0.008685863819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10185859212) q[0];
ry(pi*0.016968812881) q[1];
ry(pi*-0.330193276975) q[2];
ry(pi*0.128389674582) q[3];
ry(pi*-0.113513247464) q[4];
ry(pi*-0.008440720503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.163132598619) q[0];
ry(pi*-0.045933771592) q[1];
ry(pi*0.016360802722) q[2];
ry(pi*0.397429052036) q[3];
ry(pi*-0.014236919825) q[4];
ry(pi*0.022986947105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.057359269347) q[0];
ry(pi*0.122545309382) q[1];
ry(pi*0.019466258507) q[2];
ry(pi*0.023213669068) q[3];
ry(pi*-0.305994049555) q[4];
ry(pi*-0.001734107953) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
