// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.0e-12) q[0];
rx(pi*-0.000816873875) q[1];
rx(pi*-0.002358742093) q[2];
rx(pi*0.011528516218) q[3];
rx(pi*0.008031941982) q[4];
rx(pi*0.000563673405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001981879143) q[0];
rx(pi*-1.3821e-08) q[1];
rx(pi*-3.9423e-08) q[2];
rx(pi*9.67e-08) q[3];
rx(pi*-0.031507686357) q[4];
rx(pi*-0.003535507203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.337204e-06) q[0];
rx(pi*-5.985526e-06) q[1];
rx(pi*0.001616332399) q[2];
rx(pi*-3.4539357e-05) q[3];
rx(pi*0.004361494371) q[4];
rx(pi*-0.002651314907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.847e-09) q[0];
rx(pi*5.720358e-06) q[1];
rx(pi*-0.066193578315) q[2];
rx(pi*0.102781426568) q[3];
rx(pi*-0.023594646585) q[4];
rx(pi*0.000548783281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.926e-09) q[0];
rx(pi*0.002022217576) q[1];
rx(pi*0.002358741797) q[2];
rx(pi*-0.0115295028) q[3];
rx(pi*-0.012393448211) q[4];
rx(pi*-0.000551190189) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
