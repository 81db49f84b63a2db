// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.039673910332) q[0];
rx(pi*0.002711281833) q[1];
rx(pi*0.102578560463) q[2];
rx(pi*-0.019486916272) q[3];
rx(pi*-0.001914063131) q[4];
rx(pi*0.002251366569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.151554337043) q[0];
rx(pi*0.242584015229) q[1];
rx(pi*0.095931211662) q[2];
rx(pi*-0.022286409227) q[3];
rx(pi*-0.001971293091) q[4];
rx(pi*0.001065419538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014481241384) q[0];
rx(pi*-0.007324514625) q[1];
rx(pi*0.097479852706) q[2];
rx(pi*-0.022808605648) q[3];
rx(pi*0.000201538624) q[4];
rx(pi*0.00356687123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.382965784959) q[0];
rx(pi*0.257659627738) q[1];
rx(pi*0.091378729312) q[2];
rx(pi*-0.024611507599) q[3];
rx(pi*0.00071766849) q[4];
rx(pi*-0.003000467121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.037676523488) q[0];
rx(pi*0.004747829614) q[1];
rx(pi*0.099138668497) q[2];
rx(pi*-0.0254140904) q[3];
rx(pi*0.000365603218) q[4];
rx(pi*-0.002440296746) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
