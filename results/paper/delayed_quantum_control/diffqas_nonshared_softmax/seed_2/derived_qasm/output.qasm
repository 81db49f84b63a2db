// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.493565027078) q[0];
ry(pi*-0.495421586331) q[1];
ry(pi*0.00022697011) q[2];
ry(pi*1.4754468e-05) q[3];
ry(pi*-0.004901836447) q[4];
ry(pi*-0.000190078565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.495825402293) q[0];
ry(pi*-0.000150116169) q[1];
ry(pi*-0.033028532326) q[2];
ry(pi*7.872816e-06) q[3];
ry(pi*-6.15314e-05) q[4];
ry(pi*0.000808417366) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.5854715e-05) q[0];
ry(pi*9.04964e-07) q[1];
ry(pi*1.40926e-06) q[2];
ry(pi*-4.5749e-08) q[3];
ry(pi*-0.003504827085) q[4];
ry(pi*1.8307e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.6952699e-05) q[0];
ry(pi*3.3227409e-05) q[1];
ry(pi*9.29498e-07) q[2];
ry(pi*-1.321e-09) q[3];
ry(pi*-4.4654e-08) q[4];
ry(pi*-1.0959e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.585777e-05) q[0];
ry(pi*-0.00813341713) q[1];
ry(pi*-0.012322056133) q[2];
ry(pi*-0.001150056892) q[3];
ry(pi*-0.493720337991) q[4];
ry(pi*-0.003548958289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
