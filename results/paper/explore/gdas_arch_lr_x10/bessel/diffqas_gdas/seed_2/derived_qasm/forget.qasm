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
ry(pi*0.023084730275) q[0];
ry(pi*-0.109477260225) q[1];
ry(pi*0.007795498857) q[2];
ry(pi*5.209577e-05) q[3];
ry(pi*-4.66229e-07) q[4];
ry(pi*6.091e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.228098512092) q[0];
ry(pi*0.317527203423) q[1];
ry(pi*-0.018083773672) q[2];
ry(pi*-3.4749389e-05) q[3];
ry(pi*-2.9534e-08) q[4];
ry(pi*2.1465e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078684424312) q[0];
ry(pi*-0.053456693726) q[1];
ry(pi*0.01208629247) q[2];
ry(pi*-4.1546927e-05) q[3];
ry(pi*-0.000140742446) q[4];
ry(pi*-2.4317476e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.230278442856) q[0];
ry(pi*0.271914801718) q[1];
ry(pi*-0.045514397977) q[2];
ry(pi*-0.00024373861) q[3];
ry(pi*0.032132496884) q[4];
ry(pi*0.002720165822) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.092205457307) q[0];
ry(pi*-0.079862138652) q[1];
ry(pi*-0.04776552872) q[2];
ry(pi*-0.029941018831) q[3];
ry(pi*0.029299000022) q[4];
ry(pi*-0.004092241733) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
