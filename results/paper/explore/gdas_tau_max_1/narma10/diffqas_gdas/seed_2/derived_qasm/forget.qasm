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
rx(pi*0.000601794694) q[0];
rx(pi*-0.001663958146) q[1];
rx(pi*-0.001314819419) q[2];
rx(pi*-0.007771430741) q[3];
rx(pi*0.005728646261) q[4];
rx(pi*0.003641994418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001035838134) q[0];
rx(pi*0.002463103915) q[1];
rx(pi*0.000895123268) q[2];
rx(pi*-0.001762871677) q[3];
rx(pi*0.003111694262) q[4];
rx(pi*-0.000988529588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001046665422) q[0];
rx(pi*-0.002521481726) q[1];
rx(pi*0.001448178863) q[2];
rx(pi*-0.00031575425) q[3];
rx(pi*0.00173571041) q[4];
rx(pi*-0.001932729647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403716837) q[0];
rx(pi*-0.002840195725) q[1];
rx(pi*0.002678465501) q[2];
rx(pi*0.000598532605) q[3];
rx(pi*0.001052238592) q[4];
rx(pi*0.00130667344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217338671) q[0];
rx(pi*0.002492942563) q[1];
rx(pi*0.006546688888) q[2];
rx(pi*-0.00521532375) q[3];
rx(pi*-0.005504887604) q[4];
rx(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
