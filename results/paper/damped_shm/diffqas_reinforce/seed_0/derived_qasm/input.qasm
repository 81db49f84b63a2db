// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.000109719326) q[0];
rz(pi*-0.003839650132) q[1];
rz(pi*-0.002864527681) q[2];
rz(pi*-0.000292300784) q[3];
rz(pi*0.003380086901) q[4];
rz(pi*0.006551496108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00345428991) q[0];
rz(pi*0.000551706863) q[1];
rz(pi*-0.000225726746) q[2];
rz(pi*0.001678208606) q[3];
rz(pi*0.001853844223) q[4];
rz(pi*0.001153641333) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00307858237) q[0];
rz(pi*0.001256277524) q[1];
rz(pi*0.002840364404) q[2];
rz(pi*-0.001634169153) q[3];
rz(pi*0.006296692699) q[4];
rz(pi*-0.000747760454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002017631211) q[0];
rz(pi*0.000943414543) q[1];
rz(pi*-0.000819923152) q[2];
rz(pi*-0.004351855919) q[3];
rz(pi*-8.3280969e-05) q[4];
rz(pi*0.005079277884) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006374260999) q[0];
rz(pi*-0.001804945671) q[1];
rz(pi*0.002881572916) q[2];
rz(pi*0.000421850374) q[3];
rz(pi*0.000903637288) q[4];
rz(pi*0.004034167042) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
