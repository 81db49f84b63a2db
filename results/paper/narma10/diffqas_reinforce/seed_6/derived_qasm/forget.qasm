// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.000962946394) q[0];
ry(pi*-0.00022939386) q[1];
ry(pi*-0.000322980792) q[2];
ry(pi*-0.002641833572) q[3];
ry(pi*-0.000107058064) q[4];
ry(pi*-5.0280533e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000119070547) q[0];
ry(pi*-0.000118327034) q[1];
ry(pi*2.8424801e-05) q[2];
ry(pi*4.932051e-05) q[3];
ry(pi*0.000558573182) q[4];
ry(pi*-0.00371321663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000168974848) q[0];
ry(pi*4.167352e-05) q[1];
ry(pi*-0.002794492747) q[2];
ry(pi*-0.000118757561) q[3];
ry(pi*0.002868464526) q[4];
ry(pi*7.4977784e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003708474333) q[0];
ry(pi*-0.000146059882) q[1];
ry(pi*-0.000104706324) q[2];
ry(pi*-0.000261530007) q[3];
ry(pi*4.1447575e-05) q[4];
ry(pi*-0.000109780691) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000108917171) q[0];
ry(pi*0.004770225164) q[1];
ry(pi*0.002688100396) q[2];
ry(pi*-0.007029193135) q[3];
ry(pi*-0.001366730932) q[4];
ry(pi*0.000459514613) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
