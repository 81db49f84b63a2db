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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00725524038) q[0];
rz(pi*0.000909910746) q[1];
rz(pi*0.005757848877) q[2];
rz(pi*0.002924411601) q[3];
rz(pi*0.003406460503) q[4];
rz(pi*0.00253762872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004864023761) q[0];
rz(pi*0.003961582052) q[1];
rz(pi*-0.003295164289) q[2];
rz(pi*0.001346830743) q[3];
rz(pi*-0.000388713618) q[4];
rz(pi*0.0051539979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003797154438) q[0];
rz(pi*0.00584357368) q[1];
rz(pi*0.001528320935) q[2];
rz(pi*-1.4507705e-05) q[3];
rz(pi*0.002438212856) q[4];
rz(pi*0.007664555474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001640466771) q[0];
rz(pi*0.000114143932) q[1];
rz(pi*-0.003970385111) q[2];
rz(pi*-0.002419868284) q[3];
rz(pi*-0.000293078722) q[4];
rz(pi*0.002144942498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001974310795) q[0];
rz(pi*-0.000335215398) q[1];
rz(pi*0.000409091423) q[2];
rz(pi*0.004900184336) q[3];
rz(pi*0.005899794082) q[4];
rz(pi*0.003826131456) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
