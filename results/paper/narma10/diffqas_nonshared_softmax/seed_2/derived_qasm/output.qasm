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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061377090181) q[0];
ry(pi*-0.011561261994) q[1];
ry(pi*0.000334351693) q[2];
ry(pi*-0.003448163788) q[3];
ry(pi*-0.001219846439) q[4];
ry(pi*0.000191732066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.068672875322) q[0];
ry(pi*-0.010312804207) q[1];
ry(pi*-0.003580753946) q[2];
ry(pi*-0.003322100552) q[3];
ry(pi*-0.006340338912) q[4];
ry(pi*-0.001061893053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.064721534996) q[0];
ry(pi*-0.004545810465) q[1];
ry(pi*0.002504057629) q[2];
ry(pi*0.009950702202) q[3];
ry(pi*0.001014444508) q[4];
ry(pi*-0.001452635087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061351827967) q[0];
ry(pi*-0.00713304877) q[1];
ry(pi*0.003082419312) q[2];
ry(pi*-0.003040465527) q[3];
ry(pi*0.0011271722) q[4];
ry(pi*-0.006265606445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.06332154543) q[0];
ry(pi*-0.005558176716) q[1];
ry(pi*-0.003062427076) q[2];
ry(pi*0.005342587013) q[3];
ry(pi*0.002436192407) q[4];
ry(pi*0.00014580929) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
