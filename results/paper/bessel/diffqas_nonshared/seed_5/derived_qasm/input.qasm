// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.227062239585) q[0];
ry(pi*-0.047232024542) q[1];
ry(pi*-0.169533320672) q[2];
ry(pi*-0.055852676655) q[3];
ry(pi*-0.199227947544) q[4];
ry(pi*0.296321401271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.154955334876) q[0];
ry(pi*0.068284972752) q[1];
ry(pi*-0.057176514355) q[2];
ry(pi*-0.183278640003) q[3];
ry(pi*-0.128990645851) q[4];
ry(pi*0.045774372052) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.071789841636) q[0];
ry(pi*0.230879803067) q[1];
ry(pi*-0.424816099497) q[2];
ry(pi*-0.001774401771) q[3];
ry(pi*-0.347287646756) q[4];
ry(pi*0.177555453743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.413780752582) q[0];
ry(pi*-0.114355030334) q[1];
ry(pi*-0.241642018306) q[2];
ry(pi*-0.027105176463) q[3];
ry(pi*-0.147521736438) q[4];
ry(pi*0.001569423911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.181823866628) q[0];
ry(pi*0.071549143873) q[1];
ry(pi*-0.179008709298) q[2];
ry(pi*-0.274644828329) q[3];
ry(pi*-0.100300142165) q[4];
ry(pi*0.002593115707) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
