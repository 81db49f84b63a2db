// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.004741531848) q[0];
rz(pi*0.004406003252) q[1];
rz(pi*0.003447596977) q[2];
rz(pi*-0.000952315874) q[3];
rz(pi*0.006710838136) q[4];
rz(pi*-0.001110564598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003619437303) q[0];
rz(pi*-0.000496344422) q[1];
rz(pi*0.003430801649) q[2];
rz(pi*-0.002984051248) q[3];
rz(pi*0.006210959595) q[4];
rz(pi*-0.002853680309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00303810342) q[0];
rz(pi*0.00173310803) q[1];
rz(pi*-0.000490206182) q[2];
rz(pi*0.003439399861) q[3];
rz(pi*-0.004774012599) q[4];
rz(pi*0.004321086569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00020267747) q[0];
rz(pi*-0.001726710064) q[1];
rz(pi*0.002384782338) q[2];
rz(pi*0.003373794471) q[3];
rz(pi*0.002450441533) q[4];
rz(pi*0.006364545174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003440123493) q[0];
rz(pi*0.004085455418) q[1];
rz(pi*-0.001718512355) q[2];
rz(pi*0.000339035071) q[3];
rz(pi*0.001791990842) q[4];
rz(pi*-5.6467909e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
