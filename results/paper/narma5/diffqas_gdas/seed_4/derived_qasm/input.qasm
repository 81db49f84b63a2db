// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
ry(pi*0.001743651246) q[0];
ry(pi*-0.001349137266) q[1];
ry(pi*-0.001531124158) q[2];
ry(pi*0.001866375575) q[3];
ry(pi*-0.004834978263) q[4];
ry(pi*0.000381775113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000330120548) q[0];
ry(pi*-0.002353653691) q[1];
ry(pi*-0.001953002473) q[2];
ry(pi*-0.006525347511) q[3];
ry(pi*-0.000737809322) q[4];
ry(pi*-0.005126970628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000662816498) q[0];
ry(pi*0.00126249599) q[1];
ry(pi*0.00393558257) q[2];
ry(pi*-0.002399569519) q[3];
ry(pi*-0.001814631556) q[4];
ry(pi*0.005634419889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000867610115) q[0];
ry(pi*0.001112073154) q[1];
ry(pi*-0.008413015548) q[2];
ry(pi*-0.001447719367) q[3];
ry(pi*0.007005899937) q[4];
ry(pi*0.001044311615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000650320943) q[0];
ry(pi*-1.2931184e-05) q[1];
ry(pi*0.004359402033) q[2];
ry(pi*0.002843175039) q[3];
ry(pi*-0.005300950132) q[4];
ry(pi*-0.003873024974) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
