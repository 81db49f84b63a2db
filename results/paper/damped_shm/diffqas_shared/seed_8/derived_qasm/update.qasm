// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.002545397171) q[0];
ry(pi*-0.019628718588) q[1];
ry(pi*0.09958768703) q[2];
ry(pi*0.040977349957) q[3];
ry(pi*-0.051910286723) q[4];
ry(pi*0.05884281015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.122875027278) q[0];
ry(pi*0.167452636351) q[1];
ry(pi*0.306402001576) q[2];
ry(pi*0.05838419615) q[3];
ry(pi*-0.010571722923) q[4];
ry(pi*-4.3081218e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024612638849) q[0];
ry(pi*0.116930552375) q[1];
ry(pi*-0.249912618481) q[2];
ry(pi*-0.032204368024) q[3];
ry(pi*0.022072678853) q[4];
ry(pi*-0.078967032875) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027427345577) q[0];
ry(pi*0.209828268326) q[1];
ry(pi*0.17252219248) q[2];
ry(pi*-0.456886759453) q[3];
ry(pi*0.505487691457) q[4];
ry(pi*0.013981640319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01608667972) q[0];
ry(pi*-0.033954264861) q[1];
ry(pi*-0.009243038872) q[2];
ry(pi*0.007307954381) q[3];
ry(pi*0.039561724475) q[4];
ry(pi*0.003148193975) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
