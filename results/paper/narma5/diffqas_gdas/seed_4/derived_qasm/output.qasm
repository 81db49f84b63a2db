// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
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
rx(pi*0.001289625834) q[0];
rx(pi*-0.00094024728) q[1];
rx(pi*-0.002308512188) q[2];
rx(pi*-0.000658338559) q[3];
rx(pi*-0.004152383268) q[4];
rx(pi*-0.000915185985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003378692404) q[0];
rx(pi*0.002869665145) q[1];
rx(pi*-0.003204755886) q[2];
rx(pi*0.002505011602) q[3];
rx(pi*-0.001364363193) q[4];
rx(pi*-0.002191539122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001731078984) q[0];
rx(pi*0.002125648992) q[1];
rx(pi*-0.002137662003) q[2];
rx(pi*0.0028197517) q[3];
rx(pi*-0.000177186324) q[4];
rx(pi*0.006685003776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004856154517) q[0];
rx(pi*-0.000884218088) q[1];
rx(pi*-0.001035093824) q[2];
rx(pi*-0.002824546469) q[3];
rx(pi*-0.004440246986) q[4];
rx(pi*0.003775659204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000791241323) q[0];
rx(pi*-0.004498439664) q[1];
rx(pi*-0.001870760799) q[2];
rx(pi*-0.001335160132) q[3];
rx(pi*0.000916606495) q[4];
rx(pi*-0.003246301164) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
