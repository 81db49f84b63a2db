// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.8814286e-05) q[0];
ry(pi*0.000687881054) q[1];
ry(pi*-0.000950715049) q[2];
ry(pi*-0.001347880322) q[3];
ry(pi*-0.002789975751) q[4];
ry(pi*0.000710018842) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006994830524) q[0];
ry(pi*0.001697237679) q[1];
ry(pi*-0.004596636677) q[2];
ry(pi*0.001487996731) q[3];
ry(pi*0.002292093943) q[4];
ry(pi*-0.007506403985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004049697125) q[0];
ry(pi*0.000322646619) q[1];
ry(pi*-0.002173289858) q[2];
ry(pi*0.006299086822) q[3];
ry(pi*-0.005615183301) q[4];
ry(pi*-0.002547429034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002909271645) q[0];
ry(pi*0.001749180912) q[1];
ry(pi*-0.001795755747) q[2];
ry(pi*0.002066671761) q[3];
ry(pi*-0.012318396764) q[4];
ry(pi*0.003362308547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049198426517) q[0];
ry(pi*-0.059521583915) q[1];
ry(pi*0.040871695468) q[2];
ry(pi*-0.061955493367) q[3];
ry(pi*-0.056079216005) q[4];
ry(pi*-0.002611529944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
