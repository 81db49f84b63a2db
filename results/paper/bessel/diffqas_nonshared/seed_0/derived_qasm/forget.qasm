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
rx(pi*-0.066511115707) q[0];
rx(pi*0.05590898777) q[1];
rx(pi*0.000572489877) q[2];
rx(pi*0.07708906762) q[3];
rx(pi*0.003200444922) q[4];
rx(pi*0.003128992072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.116707556184) q[0];
rx(pi*0.141529127674) q[1];
rx(pi*-0.098895105848) q[2];
rx(pi*0.068198708412) q[3];
rx(pi*0.003551679396) q[4];
rx(pi*0.002885967182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159440596781) q[0];
rx(pi*-0.029076212532) q[1];
rx(pi*0.001096728203) q[2];
rx(pi*0.06704263249) q[3];
rx(pi*0.002749448776) q[4];
rx(pi*0.001791884862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.118785574835) q[0];
rx(pi*0.065560637965) q[1];
rx(pi*-0.092145142942) q[2];
rx(pi*0.064731358136) q[3];
rx(pi*0.004973455309) q[4];
rx(pi*-0.000949115409) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0616504353) q[0];
rx(pi*0.06649318646) q[1];
rx(pi*4.0987499e-05) q[2];
rx(pi*0.071742997922) q[3];
rx(pi*0.003763132151) q[4];
rx(pi*0.000805049777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
