// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.037438012334) q[0];
ry(pi*-0.025277605197) q[1];
ry(pi*-0.494003639059) q[2];
ry(pi*-0.489295893229) q[3];
ry(pi*-0.027324124343) q[4];
ry(pi*-0.186697054819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.492381962423) q[0];
ry(pi*0.434345845045) q[1];
ry(pi*-0.061386543352) q[2];
ry(pi*-0.005922664544) q[3];
ry(pi*0.031700648688) q[4];
ry(pi*0.016004964095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003231990969) q[0];
ry(pi*0.000667237593) q[1];
ry(pi*-0.501776242553) q[2];
ry(pi*0.499187676748) q[3];
ry(pi*0.50725117041) q[4];
ry(pi*-0.32116057947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000149292716) q[0];
ry(pi*0.00265687659) q[1];
ry(pi*-0.502472466502) q[2];
ry(pi*-0.005964374351) q[3];
ry(pi*-0.497608461121) q[4];
ry(pi*-0.243016195449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.187339472056) q[0];
ry(pi*-0.502342920581) q[1];
ry(pi*-0.01564453525) q[2];
ry(pi*-0.002301247701) q[3];
ry(pi*-0.022446774005) q[4];
ry(pi*-0.002097228409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
