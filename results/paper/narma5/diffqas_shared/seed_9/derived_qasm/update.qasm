// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.016774552103) q[0];
ry(pi*-0.006940159366) q[1];
ry(pi*-8.8908695e-05) q[2];
ry(pi*-0.001034259616) q[3];
ry(pi*0.018357631056) q[4];
ry(pi*0.003032763481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004623523432) q[0];
ry(pi*-0.006720744282) q[1];
ry(pi*0.387067503284) q[2];
ry(pi*-0.003237578443) q[3];
ry(pi*0.011663081616) q[4];
ry(pi*0.0095699322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001482436382) q[0];
ry(pi*0.03709283402) q[1];
ry(pi*-0.043233859474) q[2];
ry(pi*0.011329430433) q[3];
ry(pi*-0.177313190728) q[4];
ry(pi*0.001425068426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000949550152) q[0];
ry(pi*-0.503052425454) q[1];
ry(pi*-0.001852769447) q[2];
ry(pi*-0.278318957839) q[3];
ry(pi*0.061896658876) q[4];
ry(pi*-0.028839140935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003415931461) q[0];
ry(pi*0.007232350353) q[1];
ry(pi*-0.018593318828) q[2];
ry(pi*-0.027479077145) q[3];
ry(pi*-0.020162440953) q[4];
ry(pi*0.000773865769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
