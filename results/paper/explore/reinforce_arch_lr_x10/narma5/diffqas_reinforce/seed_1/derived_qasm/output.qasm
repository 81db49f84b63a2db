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
rx(pi*0.109067448875) q[0];
rx(pi*-0.006510873676) q[1];
rx(pi*0.003337612551) q[2];
rx(pi*-0.013403616588) q[3];
rx(pi*0.000656939689) q[4];
rx(pi*-0.001069802984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.11290464915) q[0];
rx(pi*-0.016026400929) q[1];
rx(pi*0.001683137519) q[2];
rx(pi*-0.004578084887) q[3];
rx(pi*-0.001591693618) q[4];
rx(pi*0.00163407177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.07035161724) q[0];
rx(pi*0.003241090476) q[1];
rx(pi*0.001428716085) q[2];
rx(pi*-0.009452936751) q[3];
rx(pi*-0.002373873601) q[4];
rx(pi*-0.000575210614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.114155304219) q[0];
rx(pi*-0.008609639026) q[1];
rx(pi*0.006797194376) q[2];
rx(pi*-0.007609879573) q[3];
rx(pi*0.002236788977) q[4];
rx(pi*0.000815702975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093617788645) q[0];
rx(pi*-0.007534952635) q[1];
rx(pi*8.3377407e-05) q[2];
rx(pi*-0.007646396183) q[3];
rx(pi*0.003775877391) q[4];
rx(pi*-0.005922519877) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
