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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000924373983) q[0];
rz(pi*0.000454906199) q[1];
rz(pi*-0.001731472076) q[2];
rz(pi*-0.000424792298) q[3];
rz(pi*0.004131253853) q[4];
rz(pi*-0.003080664629) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006132754522) q[0];
rz(pi*0.00598214055) q[1];
rz(pi*-0.005454047755) q[2];
rz(pi*-0.000448884798) q[3];
rz(pi*0.001090822417) q[4];
rz(pi*-0.002421926531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002358931821) q[0];
rz(pi*-0.000755719003) q[1];
rz(pi*0.002352878921) q[2];
rz(pi*-0.001627627409) q[3];
rz(pi*0.005814548341) q[4];
rz(pi*0.00092301669) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000326509352) q[0];
rz(pi*0.00461313941) q[1];
rz(pi*0.001993514921) q[2];
rz(pi*0.001175475853) q[3];
rz(pi*-0.00105405175) q[4];
rz(pi*0.005774095478) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002584108098) q[0];
rz(pi*-0.000647479255) q[1];
rz(pi*-0.005020380546) q[2];
rz(pi*0.001187141202) q[3];
rz(pi*-0.003640638459) q[4];
rz(pi*-0.00546202461) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
