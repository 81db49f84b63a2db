// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
ry(pi*-0.000309778279) q[0];
ry(pi*-0.000216493114) q[1];
ry(pi*-0.018516935732) q[2];
ry(pi*-0.001792887897) q[3];
ry(pi*0.002877015899) q[4];
ry(pi*0.01990892947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001051520666) q[0];
ry(pi*0.014357554484) q[1];
ry(pi*0.000706768424) q[2];
ry(pi*-0.000372743974) q[3];
ry(pi*-0.028674244041) q[4];
ry(pi*0.000613731665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001154808675) q[0];
ry(pi*-0.013821937216) q[1];
ry(pi*-0.002068468836) q[2];
ry(pi*0.018826051595) q[3];
ry(pi*0.004276824038) q[4];
ry(pi*-0.001143124205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004405606899) q[0];
ry(pi*0.016012925535) q[1];
ry(pi*0.011892349485) q[2];
ry(pi*0.005912872234) q[3];
ry(pi*8.8228122e-05) q[4];
ry(pi*0.003708978889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.23272351777) q[0];
ry(pi*-0.12285647193) q[1];
ry(pi*0.004294745873) q[2];
ry(pi*-0.011851488116) q[3];
ry(pi*0.034780947795) q[4];
ry(pi*0.003540680835) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
