// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.045271513604) q[0];
ry(pi*0.62316752507) q[1];
ry(pi*0.013260479065) q[2];
ry(pi*-0.000541126443) q[3];
ry(pi*0.415145082869) q[4];
ry(pi*0.000268028081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.272655137306) q[0];
ry(pi*0.376112031637) q[1];
ry(pi*0.017758973276) q[2];
ry(pi*8.194591e-05) q[3];
ry(pi*-0.000100383669) q[4];
ry(pi*8.567009e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.2147275061) q[0];
ry(pi*-0.07077095291) q[1];
ry(pi*-0.009943315281) q[2];
ry(pi*-0.000442096556) q[3];
ry(pi*0.001780460599) q[4];
ry(pi*3.43327e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.251125508296) q[0];
ry(pi*0.130118158301) q[1];
ry(pi*-0.000696805953) q[2];
ry(pi*-5.6547306e-05) q[3];
ry(pi*0.0107719281) q[4];
ry(pi*-0.058183260522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.286792926896) q[0];
ry(pi*0.372996554683) q[1];
ry(pi*-0.20386854882) q[2];
ry(pi*0.029676038322) q[3];
ry(pi*0.029159187473) q[4];
ry(pi*-0.004224051044) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
