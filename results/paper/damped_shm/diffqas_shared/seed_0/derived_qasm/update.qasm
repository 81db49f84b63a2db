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
ry(pi*-0.0045385107) q[0];
ry(pi*0.00017524234) q[1];
ry(pi*-0.107770016496) q[2];
ry(pi*0.003570211027) q[3];
ry(pi*-0.002629166595) q[4];
ry(pi*0.006122468328) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021531094655) q[0];
ry(pi*-0.338742283249) q[1];
ry(pi*-0.469298579213) q[2];
ry(pi*0.002788752601) q[3];
ry(pi*-0.004775898016) q[4];
ry(pi*-0.006919790935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014144730059) q[0];
ry(pi*0.020723559967) q[1];
ry(pi*0.017552855716) q[2];
ry(pi*0.00170990688) q[3];
ry(pi*-0.001918189259) q[4];
ry(pi*-0.257718424283) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010409205924) q[0];
ry(pi*-0.322065048298) q[1];
ry(pi*0.0375583375) q[2];
ry(pi*0.493144287425) q[3];
ry(pi*0.494930761348) q[4];
ry(pi*-0.219608112635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.320109868703) q[0];
ry(pi*-0.013414125119) q[1];
ry(pi*0.014449618557) q[2];
ry(pi*0.002736789803) q[3];
ry(pi*0.010691712508) q[4];
ry(pi*0.005022995228) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
