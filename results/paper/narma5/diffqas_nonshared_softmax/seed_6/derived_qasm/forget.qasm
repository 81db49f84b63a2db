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
rz(pi*0.003352171467) q[0];
rz(pi*0.005654747409) q[1];
rz(pi*-0.008127380239) q[2];
rz(pi*-0.000439156447) q[3];
rz(pi*0.003226769016) q[4];
rz(pi*0.004304001017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002081073115) q[0];
rz(pi*0.00476547427) q[1];
rz(pi*0.0009229637) q[2];
rz(pi*0.001754737852) q[3];
rz(pi*0.000568939713) q[4];
rz(pi*-0.003418198408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002694903609) q[0];
rz(pi*0.001208254165) q[1];
rz(pi*-0.001846818674) q[2];
rz(pi*0.004047473756) q[3];
rz(pi*0.004113794182) q[4];
rz(pi*0.005725714972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.2994312e-05) q[0];
rz(pi*0.004404484839) q[1];
rz(pi*-0.002883388371) q[2];
rz(pi*-0.002598410585) q[3];
rz(pi*0.00025879569) q[4];
rz(pi*0.000895822147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005089737797) q[0];
rz(pi*-0.005509066352) q[1];
rz(pi*0.001130249639) q[2];
rz(pi*-0.002744429891) q[3];
rz(pi*0.003846319942) q[4];
rz(pi*0.001255879541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
