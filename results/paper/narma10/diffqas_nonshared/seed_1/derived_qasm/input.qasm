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
rx(pi*0.008973991673) q[0];
rx(pi*-0.000239814753) q[1];
rx(pi*-0.002644118603) q[2];
rx(pi*-0.00369135291) q[3];
rx(pi*0.001550696475) q[4];
rx(pi*0.001490274943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00599947927) q[0];
rx(pi*0.002712545003) q[1];
rx(pi*-0.001770153803) q[2];
rx(pi*0.003399524185) q[3];
rx(pi*0.000125997137) q[4];
rx(pi*-0.000115629939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006682823095) q[0];
rx(pi*-5.1749425e-05) q[1];
rx(pi*0.007973017963) q[2];
rx(pi*-0.005337668328) q[3];
rx(pi*0.000566783119) q[4];
rx(pi*0.003960113147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008850793914) q[0];
rx(pi*-0.000843035886) q[1];
rx(pi*0.005775944728) q[2];
rx(pi*-0.003594857516) q[3];
rx(pi*-0.004159421268) q[4];
rx(pi*0.001808224399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001930648129) q[0];
rx(pi*-0.007452216039) q[1];
rx(pi*0.002846345266) q[2];
rx(pi*0.002270742043) q[3];
rx(pi*0.002333602017) q[4];
rx(pi*-0.001551668828) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
