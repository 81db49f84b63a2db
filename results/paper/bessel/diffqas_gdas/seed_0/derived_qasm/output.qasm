// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.000373054653) q[0];
rz(pi*0.000552972664) q[1];
rz(pi*0.00088355004) q[2];
rz(pi*0.003647310345) q[3];
rz(pi*0.001011233297) q[4];
rz(pi*-0.005258677664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002548112645) q[0];
rz(pi*-0.003394875861) q[1];
rz(pi*0.0011284788) q[2];
rz(pi*-0.000855062681) q[3];
rz(pi*0.001122624522) q[4];
rz(pi*-0.001573624151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002318375497) q[0];
rz(pi*0.003238312155) q[1];
rz(pi*0.001282805576) q[2];
rz(pi*-0.000761923684) q[3];
rz(pi*-0.005293177827) q[4];
rz(pi*-0.004095331326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003769945739) q[0];
rz(pi*-0.000194814656) q[1];
rz(pi*-0.003051290369) q[2];
rz(pi*0.003405979662) q[3];
rz(pi*0.002363127021) q[4];
rz(pi*-0.00052499416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002711178372) q[0];
rz(pi*-0.001599828925) q[1];
rz(pi*0.000926552736) q[2];
rz(pi*6.6968968e-05) q[3];
rz(pi*-0.000675828097) q[4];
rz(pi*0.003733524585) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
