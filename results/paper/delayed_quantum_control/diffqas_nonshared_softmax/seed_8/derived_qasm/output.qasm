// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.497308008689) q[0];
ry(pi*7.0515668e-05) q[1];
ry(pi*-7.876355e-06) q[2];
ry(pi*0.018738072592) q[3];
ry(pi*0.503137347473) q[4];
ry(pi*-0.018310869162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.114444e-06) q[0];
ry(pi*-0.002609774668) q[1];
ry(pi*0.001096510461) q[2];
ry(pi*0.002713724871) q[3];
ry(pi*-0.039654819005) q[4];
ry(pi*-0.003207665831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001302466234) q[0];
ry(pi*0.00031331388) q[1];
ry(pi*-2.2551614e-05) q[2];
ry(pi*0.002979995527) q[3];
ry(pi*-0.256490394216) q[4];
ry(pi*-0.104107318067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.827343015002) q[0];
ry(pi*-0.494974929905) q[1];
ry(pi*-0.000161996546) q[2];
ry(pi*0.000105414022) q[3];
ry(pi*-3.016156e-05) q[4];
ry(pi*3.9849093e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.444857164669) q[0];
ry(pi*2.236103e-06) q[1];
ry(pi*0.000107365112) q[2];
ry(pi*-0.004677293978) q[3];
ry(pi*-0.243529579029) q[4];
ry(pi*-0.000787504655) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
