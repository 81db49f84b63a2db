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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007070495028) q[0];
ry(pi*-0.002436111031) q[1];
ry(pi*-0.003690573545) q[2];
ry(pi*-0.002778892702) q[3];
ry(pi*0.021612490114) q[4];
ry(pi*-0.000744173567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003201149285) q[0];
ry(pi*0.005679480757) q[1];
ry(pi*-0.04922024992) q[2];
ry(pi*-2.5606109e-05) q[3];
ry(pi*-0.002784889572) q[4];
ry(pi*0.004713698531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003418273113) q[0];
ry(pi*0.001316678452) q[1];
ry(pi*0.023162094025) q[2];
ry(pi*0.001857502554) q[3];
ry(pi*0.001292085473) q[4];
ry(pi*-0.137497485194) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026496203437) q[0];
ry(pi*-0.009816896899) q[1];
ry(pi*0.001063480983) q[2];
ry(pi*-0.005615008396) q[3];
ry(pi*0.006444702661) q[4];
ry(pi*0.000585023897) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072075803633) q[0];
ry(pi*-0.104783535254) q[1];
ry(pi*0.078815990831) q[2];
ry(pi*0.073585583746) q[3];
ry(pi*-0.007254787998) q[4];
ry(pi*-0.003388637681) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
