// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.055350401619) q[0];
rx(pi*0.055577182872) q[1];
rx(pi*0.003488196878) q[2];
rx(pi*-0.081693729769) q[3];
rx(pi*0.002433862464) q[4];
rx(pi*0.003754085115) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.084364627812) q[0];
rx(pi*-0.018962430077) q[1];
rx(pi*0.068398069301) q[2];
rx(pi*-0.085594631045) q[3];
rx(pi*0.001148120485) q[4];
rx(pi*2.1388894e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.122431292654) q[0];
rx(pi*0.122677502001) q[1];
rx(pi*0.004582871059) q[2];
rx(pi*-0.079006477218) q[3];
rx(pi*0.00552582996) q[4];
rx(pi*-0.000330522422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.135054411905) q[0];
rx(pi*0.055050973714) q[1];
rx(pi*0.07389940248) q[2];
rx(pi*-0.07944568684) q[3];
rx(pi*0.003766892016) q[4];
rx(pi*-0.003147482497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.108032751106) q[0];
rx(pi*0.058345615068) q[1];
rx(pi*0.008908574824) q[2];
rx(pi*-0.078901026686) q[3];
rx(pi*0.002496788398) q[4];
rx(pi*-0.00110177451) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
