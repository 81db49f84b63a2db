// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.094676913826) q[0];
rx(pi*0.003058507425) q[1];
rx(pi*-0.002343810541) q[2];
rx(pi*-0.000192525698) q[3];
rx(pi*0.000146943181) q[4];
rx(pi*0.003786817255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094426644311) q[0];
rx(pi*-0.004049882702) q[1];
rx(pi*0.001448037605) q[2];
rx(pi*0.002358599946) q[3];
rx(pi*0.006783857127) q[4];
rx(pi*-0.00534489398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086169049955) q[0];
rx(pi*0.004097068222) q[1];
rx(pi*-0.004291087987) q[2];
rx(pi*-0.003847038238) q[3];
rx(pi*0.001668876238) q[4];
rx(pi*0.003241698494) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091267302365) q[0];
rx(pi*0.001579652) q[1];
rx(pi*0.000362697089) q[2];
rx(pi*0.004821257409) q[3];
rx(pi*1.8731143e-05) q[4];
rx(pi*0.003152054632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086916026004) q[0];
rx(pi*-0.000727847073) q[1];
rx(pi*-0.000308890543) q[2];
rx(pi*0.003596440851) q[3];
rx(pi*0.00186791133) q[4];
rx(pi*-0.002392904452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
