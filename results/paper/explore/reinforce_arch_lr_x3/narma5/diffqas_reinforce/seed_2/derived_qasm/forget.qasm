// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.000601776537) q[0];
rx(pi*-0.001663959332) q[1];
rx(pi*-0.001314824311) q[2];
rx(pi*-0.007771433112) q[3];
rx(pi*0.005728645076) q[4];
rx(pi*0.003641996789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001035851104) q[0];
rx(pi*0.002463103915) q[1];
rx(pi*0.000895121267) q[2];
rx(pi*-0.001762873752) q[3];
rx(pi*0.00311169189) q[4];
rx(pi*-0.000988531144) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001046678688) q[0];
rx(pi*-0.002521482319) q[1];
rx(pi*0.001448175157) q[2];
rx(pi*-0.000315758067) q[3];
rx(pi*0.001735704332) q[4];
rx(pi*-0.001932731129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403705423) q[0];
rx(pi*-0.002840198689) q[1];
rx(pi*0.002678465501) q[2];
rx(pi*0.000598533494) q[3];
rx(pi*0.001052239259) q[4];
rx(pi*0.001306674033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217338078) q[0];
rx(pi*0.002492940488) q[1];
rx(pi*0.006546687702) q[2];
rx(pi*-0.005215324343) q[3];
rx(pi*-0.005504888197) q[4];
rx(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
